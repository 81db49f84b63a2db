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
rz(pi*0.003626292394) q[1];
rz(pi*-0.000788424833) q[2];
rz(pi*-0.002271595816) q[3];
rz(pi*-0.053404912354) q[4];
rz(pi*-0.000281841223) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.016134472071) q[0];
rz(pi*0.028407527526) q[1];
rz(pi*-0.003004427386) q[2];
rz(pi*0.008534944504) q[3];
rz(pi*0.005848125954) q[4];
rz(pi*-0.013330495618) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.01244558295) q[0];
rz(pi*0.002562712768) q[1];
rz(pi*-0.029958689574) q[2];
rz(pi*-0.00493814999) q[3];
rz(pi*0.018916998647) q[4];
rz(pi*0.020795080111) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006113740272) q[0];
rz(pi*0.017606056486) q[1];
rz(pi*0.004310989806) q[2];
rz(pi*0.011405343954) q[3];
rz(pi*0.018504091182) q[4];
rz(pi*0.000547338758) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.011116457783) q[0];
rz(pi*0.00616296803) q[1];
rz(pi*0.004725142062) q[2];
rz(pi*0.007725589618) q[3];
rz(pi*0.019387250057) q[4];
rz(pi*-0.000269632908) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
