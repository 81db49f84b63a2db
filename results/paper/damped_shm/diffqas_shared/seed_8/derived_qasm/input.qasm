// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.006466047002) q[0];
ry(pi*0.006405183021) q[1];
ry(pi*-0.000796596381) q[2];
ry(pi*-0.000559317788) q[3];
ry(pi*-0.016234166746) q[4];
ry(pi*-0.374439849546) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00074878602) q[0];
ry(pi*0.001329961895) q[1];
ry(pi*0.000450258024) q[2];
ry(pi*0.000999721582) q[3];
ry(pi*0.004656534828) q[4];
ry(pi*-0.00723010979) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00050073313) q[0];
ry(pi*0.001180448639) q[1];
ry(pi*-0.002442386712) q[2];
ry(pi*-0.002163983577) q[3];
ry(pi*-0.000295984425) q[4];
ry(pi*-0.002128220096) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.415010262524) q[0];
ry(pi*-0.472187483613) q[1];
ry(pi*-0.009286105823) q[2];
ry(pi*0.013101143558) q[3];
ry(pi*0.000159576298) q[4];
ry(pi*-0.001013710055) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.010520516663) q[0];
ry(pi*-0.133082944206) q[1];
ry(pi*-0.502617873641) q[2];
ry(pi*-0.506792257588) q[3];
ry(pi*-0.498086536418) q[4];
ry(pi*-0.000363291989) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
