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
rz(pi*-0.004322041135) q[0];
rz(pi*-0.000366231208) q[1];
rz(pi*0.001253314663) q[2];
rz(pi*0.002745516674) q[3];
rz(pi*0.006493845635) q[4];
rz(pi*-0.000847963539) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005204501576) q[0];
rz(pi*0.000349291175) q[1];
rz(pi*0.000884412707) q[2];
rz(pi*-0.002755703854) q[3];
rz(pi*0.001321435276) q[4];
rz(pi*0.006342102785) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006839574751) q[0];
rz(pi*0.001842742794) q[1];
rz(pi*0.001481019503) q[2];
rz(pi*0.001710062071) q[3];
rz(pi*-0.005728014232) q[4];
rz(pi*-0.002812883861) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002547518858) q[0];
rz(pi*-0.00156646268) q[1];
rz(pi*-0.002211447315) q[2];
rz(pi*-0.00449383314) q[3];
rz(pi*0.00096191275) q[4];
rz(pi*-0.003117705065) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00940538986) q[0];
rz(pi*0.001242359383) q[1];
rz(pi*0.001844929107) q[2];
rz(pi*0.001079893151) q[3];
rz(pi*-0.002786931218) q[4];
rz(pi*-0.001599534402) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
