// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.026119326405) q[0];
ry(pi*0.031161938861) q[1];
ry(pi*0.018474408318) q[2];
ry(pi*0.016800387056) q[3];
ry(pi*0.80729193222) q[4];
ry(pi*0.316015701533) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.024503493375) q[0];
ry(pi*0.021167119092) q[1];
ry(pi*-0.090837256579) q[2];
ry(pi*-0.040615900141) q[3];
ry(pi*0.003817854595) q[4];
ry(pi*0.034643881551) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.747934932148) q[0];
ry(pi*0.077244971431) q[1];
ry(pi*0.012548838572) q[2];
ry(pi*0.017444183375) q[3];
ry(pi*-0.017943983653) q[4];
ry(pi*0.001673083889) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.275821423278) q[0];
ry(pi*-0.248192340475) q[1];
ry(pi*0.110591121783) q[2];
ry(pi*-3.2018735e-05) q[3];
ry(pi*0.002209603846) q[4];
ry(pi*0.358881589309) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.383469663193) q[0];
ry(pi*-0.122736032928) q[1];
ry(pi*-0.437697646544) q[2];
ry(pi*-0.47382566654) q[3];
ry(pi*-0.178525852869) q[4];
ry(pi*0.000539290089) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
