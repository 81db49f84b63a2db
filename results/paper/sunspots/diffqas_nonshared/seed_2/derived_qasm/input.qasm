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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000904011036) q[0];
rx(pi*-0.112527300171) q[1];
rx(pi*0.109070067114) q[2];
rx(pi*-0.119993446358) q[3];
rx(pi*0.07659219033) q[4];
rx(pi*0.006136214084) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.316158016113) q[0];
rx(pi*-0.072953900342) q[1];
rx(pi*-0.227541491192) q[2];
rx(pi*-0.067344303922) q[3];
rx(pi*0.085747731633) q[4];
rx(pi*-0.005301978218) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.073337524557) q[0];
rx(pi*-0.1899984647) q[1];
rx(pi*0.106822479531) q[2];
rx(pi*-0.099346439057) q[3];
rx(pi*0.070057089048) q[4];
rx(pi*-0.000177393338) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.183502689181) q[0];
rx(pi*-0.026073179939) q[1];
rx(pi*-0.13491430765) q[2];
rx(pi*-0.046004796073) q[3];
rx(pi*0.093000159303) q[4];
rx(pi*0.000664752385) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.072086822056) q[0];
rx(pi*-0.098437521119) q[1];
rx(pi*0.104451293983) q[2];
rx(pi*-0.116276694571) q[3];
rx(pi*0.080952179926) q[4];
rx(pi*-0.003395750683) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
