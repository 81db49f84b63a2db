// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002652611279) q[0];
rz(pi*-0.001879410445) q[1];
rz(pi*-0.003361602702) q[2];
rz(pi*-0.002866298372) q[3];
rz(pi*-0.00124314364) q[4];
rz(pi*0.005179860127) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003741846803) q[0];
rz(pi*0.000509543377) q[1];
rz(pi*-0.006804906205) q[2];
rz(pi*-4.989618e-06) q[3];
rz(pi*0.002863409474) q[4];
rz(pi*-0.000753326287) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002003300264) q[0];
rz(pi*0.000736923013) q[1];
rz(pi*0.002228651595) q[2];
rz(pi*0.002112488131) q[3];
rz(pi*0.006278579061) q[4];
rz(pi*0.000665800481) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001885700356) q[0];
rz(pi*-0.000401003586) q[1];
rz(pi*-0.00023077283) q[2];
rz(pi*0.000346122875) q[3];
rz(pi*-9.5582248e-05) q[4];
rz(pi*0.000553751065) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005318480358) q[0];
rz(pi*0.002640790368) q[1];
rz(pi*-0.001829452236) q[2];
rz(pi*-0.003734280234) q[3];
rz(pi*0.002030025158) q[4];
rz(pi*0.004193178529) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
