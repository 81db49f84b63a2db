// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.316916735344) q[0];
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
rx(pi*-0.251912478897) q[0];
rx(pi*0.464039257661) q[1];
rx(pi*0.251648814623) q[2];
rx(pi*0.249945289553) q[3];
rx(pi*0.255246142449) q[4];
rx(pi*0.217202463091) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.4976734997) q[0];
rx(pi*0.250102023421) q[1];
rx(pi*-0.002118897659) q[2];
rx(pi*-0.16598573939) q[3];
rx(pi*-0.000421843815) q[4];
rx(pi*-0.00092425985) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.055683700621) q[0];
rx(pi*0.259499168436) q[1];
rx(pi*0.885372909319) q[2];
rx(pi*-0.25172212532) q[3];
rx(pi*0.319608115418) q[4];
rx(pi*-0.250617569894) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.246319388768) q[0];
rx(pi*-0.24993263473) q[1];
rx(pi*0.004666465282) q[2];
rx(pi*0.252657140271) q[3];
rx(pi*-0.753199945524) q[4];
rx(pi*0.741885585382) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.216159834714) q[0];
rx(pi*-0.297265314441) q[1];
rx(pi*0.186359852175) q[2];
rx(pi*0.422502031406) q[3];
rx(pi*0.500491446025) q[4];
rx(pi*-0.003975397473) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
