// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
rx(pi*0.174530628578) q[0];
rx(pi*0.172204095392) q[1];
rx(pi*0.021501691639) q[2];
rx(pi*0.079639872913) q[3];
rx(pi*0.238721770926) q[4];
rx(pi*-0.313310908676) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.029561053985) q[0];
rx(pi*-0.183105684435) q[1];
rx(pi*-0.044825933881) q[2];
rx(pi*-0.244891727449) q[3];
rx(pi*-0.477196251059) q[4];
rx(pi*0.043987912359) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.322670089222) q[0];
rx(pi*-0.006522117994) q[1];
rx(pi*0.069161143727) q[2];
rx(pi*-0.136335081861) q[3];
rx(pi*-0.025786416344) q[4];
rx(pi*-0.215210134855) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.079478215616) q[0];
rx(pi*-0.358629593274) q[1];
rx(pi*0.214313198208) q[2];
rx(pi*0.304412329525) q[3];
rx(pi*0.029862858225) q[4];
rx(pi*-0.013937233418) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.099924557652) q[0];
rx(pi*0.381289580646) q[1];
rx(pi*0.212535546613) q[2];
rx(pi*-0.499212531048) q[3];
rx(pi*-0.588353102233) q[4];
rx(pi*0.002824883235) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
