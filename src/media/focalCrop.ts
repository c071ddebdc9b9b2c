export type CropPlan = {
  resizeWidth: number
  resizeHeight: number
  left: number
  top: number
  width: number
  height: number
}

/**
 * How to cut a target rectangle out of a source image around a focal point (percentages, 0–100):
 * scale the source to cover the target, then place the window so that the focal point is as central
 * as the edges allow.
 */
export const focalCrop = (
  srcWidth: number,
  srcHeight: number,
  width: number,
  height: number,
  focalX = 50,
  focalY = 50,
): CropPlan => {
  const scale = Math.max(width / srcWidth, height / srcHeight)
  const resizeWidth = Math.max(width, Math.round(srcWidth * scale))
  const resizeHeight = Math.max(height, Math.round(srcHeight * scale))
  const clamp = (v: number, max: number) => Math.min(Math.max(0, Math.round(v)), max)
  const left = clamp((resizeWidth * focalX) / 100 - width / 2, resizeWidth - width)
  const top = clamp((resizeHeight * focalY) / 100 - height / 2, resizeHeight - height)
  return { resizeWidth, resizeHeight, left, top, width, height }
}
