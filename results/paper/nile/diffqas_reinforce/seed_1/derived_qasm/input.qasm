// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006742767492) q[0];
rz(pi*-0.003538284636) q[1];
rz(pi*-0.001200806472) q[2];
rz(pi*0.006503157104) q[3];
rz(pi*0.002059515182) q[4];
rz(pi*0.002111191462) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001635398676) q[0];
rz(pi*-0.005245043373) q[1];
rz(pi*0.000534426247) q[2];
rz(pi*0.000348211619) q[3];
rz(pi*-0.003905412047) q[4];
rz(pi*-0.002173561109) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000227831221) q[0];
rz(pi*-0.003006165171) q[1];
rz(pi*-0.000312151725) q[2];
rz(pi*0.0003044907) q[3];
rz(pi*0.000113665037) q[4];
rz(pi*-0.001610856982) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001890107518) q[0];
rz(pi*0.002836925594) q[1];
rz(pi*0.001021008041) q[2];
rz(pi*-0.002604685822) q[3];
rz(pi*0.00232841297) q[4];
rz(pi*-0.001596292138) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00279874116) q[0];
rz(pi*-0.003410967419) q[1];
rz(pi*0.002911685927) q[2];
rz(pi*-6.3342315e-05) q[3];
rz(pi*-0.003974322845) q[4];
rz(pi*-0.000999206946) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
