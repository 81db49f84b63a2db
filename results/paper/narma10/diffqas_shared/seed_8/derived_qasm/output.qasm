// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.019945364261) q[0];
rz(pi*0.003626289726) q[1];
rz(pi*-0.000788429947) q[2];
rz(pi*-0.002271597002) q[3];
rz(pi*-0.053404912354) q[4];
rz(pi*-0.000281844132) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.016134470885) q[0];
rz(pi*0.028407527526) q[1];
rz(pi*-0.003004430647) q[2];
rz(pi*0.008534946876) q[3];
rz(pi*0.005848127733) q[4];
rz(pi*-0.013330495618) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.012445584136) q[0];
rz(pi*0.002562711582) q[1];
rz(pi*-0.029958687202) q[2];
rz(pi*-0.0049381491) q[3];
rz(pi*0.018916999833) q[4];
rz(pi*0.020795080111) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006113740272) q[0];
rz(pi*0.017606056486) q[1];
rz(pi*0.004310990103) q[2];
rz(pi*0.011405345139) q[3];
rz(pi*0.018504091182) q[4];
rz(pi*0.000547339092) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.011116458968) q[0];
rz(pi*0.00616296803) q[1];
rz(pi*0.004725142655) q[2];
rz(pi*0.007725589618) q[3];
rz(pi*0.019387251242) q[4];
rz(pi*-0.000269632705) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
