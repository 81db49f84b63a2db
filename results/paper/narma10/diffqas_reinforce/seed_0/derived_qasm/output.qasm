// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001243878092) q[0];
rz(pi*-0.004897583291) q[1];
rz(pi*0.003785613375) q[2];
rz(pi*-0.001468208304) q[3];
rz(pi*-0.002565193751) q[4];
rz(pi*0.000123365651) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001434661818) q[0];
rz(pi*-0.000719406424) q[1];
rz(pi*0.002100975379) q[2];
rz(pi*-0.005621660716) q[3];
rz(pi*-0.000318499666) q[4];
rz(pi*0.002740750957) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00152648043) q[0];
rz(pi*-0.000902801227) q[1];
rz(pi*0.001035976279) q[2];
rz(pi*0.005591828442) q[3];
rz(pi*-0.003594768581) q[4];
rz(pi*0.00083384989) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000401717732) q[0];
rz(pi*0.002221848086) q[1];
rz(pi*-0.003632562887) q[2];
rz(pi*0.005098684633) q[3];
rz(pi*0.002774415133) q[4];
rz(pi*0.007381088394) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000256664016) q[0];
rz(pi*-0.001915944991) q[1];
rz(pi*-0.005719485389) q[2];
rz(pi*-0.001502554165) q[3];
rz(pi*-0.004039089877) q[4];
rz(pi*-0.006401782155) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
