// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.008649647808) q[0];
ry(pi*0.014570994338) q[1];
ry(pi*0.001940982792) q[2];
ry(pi*0.011387954245) q[3];
ry(pi*-0.214033672716) q[4];
ry(pi*-0.481813534829) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.008307260267) q[0];
ry(pi*0.004725291176) q[1];
ry(pi*-0.498244275842) q[2];
ry(pi*-0.02290341484) q[3];
ry(pi*0.017194759333) q[4];
ry(pi*0.099093513357) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.511673679952) q[0];
ry(pi*-0.442688276043) q[1];
ry(pi*-0.414827554964) q[2];
ry(pi*0.002833588762) q[3];
ry(pi*-0.511553278895) q[4];
ry(pi*-0.017099746184) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.208396395058) q[0];
ry(pi*-0.506782885051) q[1];
ry(pi*-0.000726643193) q[2];
ry(pi*-0.010721964554) q[3];
ry(pi*0.095397973102) q[4];
ry(pi*0.449991190195) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004890043402) q[0];
ry(pi*-0.14888492836) q[1];
ry(pi*-0.311971299879) q[2];
ry(pi*-0.494731813116) q[3];
ry(pi*-0.104129952555) q[4];
ry(pi*-0.005427612196) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
