// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00121369208) q[0];
rz(pi*-0.006458324501) q[1];
rz(pi*-0.005424055991) q[2];
rz(pi*-0.001134476115) q[3];
rz(pi*0.007466688095) q[4];
rz(pi*-0.001166791522) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001919318879) q[0];
rz(pi*4.598356e-06) q[1];
rz(pi*0.005792691736) q[2];
rz(pi*-0.003714949376) q[3];
rz(pi*-0.000406221981) q[4];
rz(pi*0.004216381014) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00289564773) q[0];
rz(pi*0.003497506865) q[1];
rz(pi*-0.001674120424) q[2];
rz(pi*0.005464683166) q[3];
rz(pi*-0.005181207192) q[4];
rz(pi*0.006401316137) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005079389942) q[0];
rz(pi*0.004512590666) q[1];
rz(pi*0.009304962956) q[2];
rz(pi*-0.000607776557) q[3];
rz(pi*0.000836872337) q[4];
rz(pi*-0.003976040472) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000720428358) q[0];
rz(pi*0.003053173711) q[1];
rz(pi*-0.000575056942) q[2];
rz(pi*0.005756553987) q[3];
rz(pi*-0.001498336286) q[4];
rz(pi*0.002376115349) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
