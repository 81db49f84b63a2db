// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.813144948993) q[0];
rx(pi*0.382023901873) q[1];
rx(pi*-0.092470506592) q[2];
rx(pi*-0.667820304169) q[3];
rx(pi*0.464140306515) q[4];
rx(pi*0.408731800857) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.494915355477) q[0];
rx(pi*0.189917716686) q[1];
rx(pi*-0.028818199765) q[2];
rx(pi*-0.024004346471) q[3];
rx(pi*0.053092986152) q[4];
rx(pi*-0.073532934372) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.024773762537) q[0];
rx(pi*0.155065215544) q[1];
rx(pi*-0.164417945357) q[2];
rx(pi*0.048401011418) q[3];
rx(pi*-0.165562798898) q[4];
rx(pi*0.042595768024) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.491067454572) q[0];
rx(pi*-0.014437101286) q[1];
rx(pi*0.592959685373) q[2];
rx(pi*-0.251310018267) q[3];
rx(pi*-0.465559126533) q[4];
rx(pi*0.507432246314) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.176098081102) q[0];
rx(pi*-0.259053669347) q[1];
rx(pi*-0.077114310861) q[2];
rx(pi*-0.333768577441) q[3];
rx(pi*0.298670075653) q[4];
rx(pi*0.227062865686) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
