// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.004824491076) q[0];
ry(pi*-0.011236750932) q[1];
ry(pi*0.003783020927) q[2];
ry(pi*0.030639464964) q[3];
ry(pi*0.0018497928) q[4];
ry(pi*-0.003003500982) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.014350654333) q[0];
ry(pi*-0.051635741577) q[1];
ry(pi*-0.046214867079) q[2];
ry(pi*0.426595249939) q[3];
ry(pi*-0.015732135984) q[4];
ry(pi*-0.014017811863) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00628948009) q[0];
ry(pi*0.008879068052) q[1];
ry(pi*0.050528292808) q[2];
ry(pi*-0.00451137137) q[3];
ry(pi*0.001061056103) q[4];
ry(pi*0.010311205753) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004932770326) q[0];
ry(pi*0.45427686828) q[1];
ry(pi*-0.041970141669) q[2];
ry(pi*-0.456792389006) q[3];
ry(pi*-0.443665903786) q[4];
ry(pi*0.221077343243) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.015376240439) q[0];
ry(pi*-0.051866037532) q[1];
ry(pi*0.002457518665) q[2];
ry(pi*0.003646417143) q[3];
ry(pi*-0.00479033183) q[4];
ry(pi*0.004139845543) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
