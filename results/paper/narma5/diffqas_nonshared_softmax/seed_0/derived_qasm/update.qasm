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
rz(pi*-0.001389233649) q[0];
rz(pi*-0.00372358079) q[1];
rz(pi*0.005536586322) q[2];
rz(pi*-0.001578519268) q[3];
rz(pi*0.001047083193) q[4];
rz(pi*-0.000823062252) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00504034462) q[0];
rz(pi*0.004202829433) q[1];
rz(pi*0.002016006966) q[2];
rz(pi*-0.007013972841) q[3];
rz(pi*0.000165588861) q[4];
rz(pi*0.002176256722) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00319568958) q[0];
rz(pi*-0.001966885336) q[1];
rz(pi*0.00579961086) q[2];
rz(pi*-0.004203062442) q[3];
rz(pi*-0.002105689069) q[4];
rz(pi*0.002976373511) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000156141322) q[0];
rz(pi*0.006373817511) q[1];
rz(pi*0.000600072325) q[2];
rz(pi*-0.002015498555) q[3];
rz(pi*-0.001201808025) q[4];
rz(pi*-0.003473231531) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004066986634) q[0];
rz(pi*0.002006646138) q[1];
rz(pi*0.001849912269) q[2];
rz(pi*0.004120708266) q[3];
rz(pi*-0.00240198395) q[4];
rz(pi*0.005376596256) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
