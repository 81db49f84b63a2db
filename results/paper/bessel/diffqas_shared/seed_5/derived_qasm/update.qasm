// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.027446007646) q[0];
ry(pi*0.110856892032) q[1];
ry(pi*-0.106758949285) q[2];
ry(pi*-0.09578108031) q[3];
ry(pi*-0.016501714505) q[4];
ry(pi*0.099329619716) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.037625541343) q[0];
ry(pi*0.226877653723) q[1];
ry(pi*0.066885889135) q[2];
ry(pi*-0.353192383239) q[3];
ry(pi*-0.035138448908) q[4];
ry(pi*0.055876383103) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.187250736515) q[0];
ry(pi*0.048632682897) q[1];
ry(pi*0.266797510155) q[2];
ry(pi*0.055393716402) q[3];
ry(pi*-0.023482064672) q[4];
ry(pi*-0.184547423533) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.065194568285) q[0];
ry(pi*0.317544696297) q[1];
ry(pi*-0.060958309464) q[2];
ry(pi*0.208861436076) q[3];
ry(pi*-0.441803766546) q[4];
ry(pi*0.081351394996) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.178756865045) q[0];
ry(pi*0.049051088902) q[1];
ry(pi*-0.097850494819) q[2];
ry(pi*0.0845939609) q[3];
ry(pi*-0.01661591503) q[4];
ry(pi*-0.001418126623) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
