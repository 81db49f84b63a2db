// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.135512271739) q[0];
ry(pi*0.038695288891) q[1];
ry(pi*-0.493575575926) q[2];
ry(pi*0.04489801135) q[3];
ry(pi*0.007586660487) q[4];
ry(pi*-0.00031071428) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.105241907352) q[0];
ry(pi*0.478689823703) q[1];
ry(pi*-0.006267586725) q[2];
ry(pi*-0.042799236513) q[3];
ry(pi*0.010645894508) q[4];
ry(pi*-0.000706327753) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.299445643633) q[0];
ry(pi*-0.030350585907) q[1];
ry(pi*0.239012869794) q[2];
ry(pi*0.005048149534) q[3];
ry(pi*0.143218840584) q[4];
ry(pi*-0.004653003228) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.008507004169) q[0];
ry(pi*0.465967002663) q[1];
ry(pi*-0.004240697258) q[2];
ry(pi*0.188596132) q[3];
ry(pi*-0.08746504989) q[4];
ry(pi*-0.008333826264) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.411047690332) q[0];
ry(pi*0.269788677666) q[1];
ry(pi*0.009601959384) q[2];
ry(pi*0.322974487986) q[3];
ry(pi*0.32656102032) q[4];
ry(pi*-0.00211776211) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
