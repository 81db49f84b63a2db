// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rz(pi*-0.004097854702) q[0];
rz(pi*0.003299280486) q[1];
rz(pi*-0.001698827981) q[2];
rz(pi*0.001234438557) q[3];
rz(pi*0.001325993775) q[4];
rz(pi*-0.002555290273) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00188259757) q[0];
rz(pi*-0.006600351526) q[1];
rz(pi*-0.002917854145) q[2];
rz(pi*-0.005734929205) q[3];
rz(pi*0.001391050586) q[4];
rz(pi*0.000197564241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00290896986) q[0];
rz(pi*0.001131574174) q[1];
rz(pi*-0.002021077581) q[2];
rz(pi*0.00110270158) q[3];
rz(pi*-0.001244708891) q[4];
rz(pi*0.00193748321) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001002112889) q[0];
rz(pi*-0.003147969563) q[1];
rz(pi*5.933868e-06) q[2];
rz(pi*0.000176038992) q[3];
rz(pi*-0.000977954134) q[4];
rz(pi*0.002849624291) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005451723593) q[0];
rz(pi*-0.001171374552) q[1];
rz(pi*-0.001115094713) q[2];
rz(pi*-0.007155832075) q[3];
rz(pi*-0.000410489552) q[4];
rz(pi*-0.001388361791) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
