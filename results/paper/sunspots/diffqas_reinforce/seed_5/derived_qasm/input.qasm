// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*3.2159048e-05) q[0];
ry(pi*0.080962539046) q[1];
ry(pi*-0.000179475301) q[2];
ry(pi*-0.04759167669) q[3];
ry(pi*-1.7626127e-05) q[4];
ry(pi*-0.500002138862) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-5.9988382e-05) q[0];
ry(pi*-2.0922103e-05) q[1];
ry(pi*-0.006321450949) q[2];
ry(pi*-0.038019256689) q[3];
ry(pi*0.000892358879) q[4];
ry(pi*0.000888925108) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.500042171359) q[0];
ry(pi*-2.5391836e-05) q[1];
ry(pi*-1.1885302e-05) q[2];
ry(pi*0.499969961081) q[3];
ry(pi*0.010568859224) q[4];
ry(pi*0.500025057941) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-4.3414547e-05) q[0];
ry(pi*-0.499978992109) q[1];
ry(pi*2.5511222e-05) q[2];
ry(pi*3.3558464e-05) q[3];
ry(pi*1.379619e-06) q[4];
ry(pi*-0.010490741307) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000320755274) q[0];
ry(pi*-0.094681619067) q[1];
ry(pi*-0.502909219154) q[2];
ry(pi*-0.507591541503) q[3];
ry(pi*1.9540374e-05) q[4];
ry(pi*0.001505588322) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
