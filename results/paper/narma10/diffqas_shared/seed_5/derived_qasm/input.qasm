// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*-0.004104347235) q[0];
rz(pi*6.5857895e-05) q[1];
rz(pi*-0.000120594657) q[2];
rz(pi*-0.000968737232) q[3];
rz(pi*-0.003335653615) q[4];
rz(pi*-0.001261113055) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003473807828) q[0];
rz(pi*-0.004313763385) q[1];
rz(pi*0.000715515084) q[2];
rz(pi*-0.003531170448) q[3];
rz(pi*0.003725168276) q[4];
rz(pi*0.002280969391) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00635924822) q[0];
rz(pi*0.000866213025) q[1];
rz(pi*-0.00350687288) q[2];
rz(pi*0.000105224258) q[3];
rz(pi*0.000138884441) q[4];
rz(pi*-0.006329368514) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00074300704) q[0];
rz(pi*-0.000814205017) q[1];
rz(pi*0.003062142781) q[2];
rz(pi*-0.003760662136) q[3];
rz(pi*0.002349260314) q[4];
rz(pi*-0.003498138895) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001054531627) q[0];
rz(pi*-0.002675309207) q[1];
rz(pi*0.004611454986) q[2];
rz(pi*0.001808678411) q[3];
rz(pi*0.007740444686) q[4];
rz(pi*0.002043283255) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
