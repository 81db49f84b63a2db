// DiffQAS-QLSTM derived circuit, input gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.152424768761) q[0];
ry(pi*0.109929731798) q[1];
ry(pi*0.053101680414) q[2];
ry(pi*-0.034225058146) q[3];
ry(pi*0.000519417432) q[4];
ry(pi*-0.014186868531) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.11670393239) q[0];
ry(pi*0.086632819799) q[1];
ry(pi*-0.006525159562) q[2];
ry(pi*-0.095083253163) q[3];
ry(pi*-0.017139315035) q[4];
ry(pi*-0.004598667651) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.234837252618) q[0];
ry(pi*0.027247253884) q[1];
ry(pi*-0.003906617113) q[2];
ry(pi*-0.016858810075) q[3];
ry(pi*-0.015155742723) q[4];
ry(pi*-0.013738782034) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.150087041654) q[0];
ry(pi*-0.068299543823) q[1];
ry(pi*-0.422122386725) q[2];
ry(pi*0.136395946436) q[3];
ry(pi*0.028214173883) q[4];
ry(pi*0.015693819334) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.262723586907) q[0];
ry(pi*-0.013261632845) q[1];
ry(pi*-0.018753366999) q[2];
ry(pi*0.110694921685) q[3];
ry(pi*0.005473711822) q[4];
ry(pi*0.001727475941) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
