// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.180807800098) q[0];
rx(pi*0.095838302117) q[1];
rx(pi*0.02511206323) q[2];
rx(pi*-0.001072255212) q[3];
rx(pi*0.005608948382) q[4];
rx(pi*-0.001102040054) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002755918483) q[0];
rx(pi*0.111370379962) q[1];
rx(pi*0.023603753504) q[2];
rx(pi*0.000572482281) q[3];
rx(pi*0.004365639917) q[4];
rx(pi*-0.001764669196) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.176497666141) q[0];
rx(pi*0.104367756975) q[1];
rx(pi*0.020849472607) q[2];
rx(pi*0.001679756367) q[3];
rx(pi*0.004998970393) q[4];
rx(pi*0.001758338376) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003933208901) q[0];
rx(pi*0.106157503697) q[1];
rx(pi*0.029227143112) q[2];
rx(pi*0.001339145595) q[3];
rx(pi*0.004009604152) q[4];
rx(pi*-0.001517147321) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.186422898615) q[0];
rx(pi*0.099858968863) q[1];
rx(pi*0.021775603569) q[2];
rx(pi*-0.00289652433) q[3];
rx(pi*0.001171291547) q[4];
rx(pi*-0.001548452503) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
