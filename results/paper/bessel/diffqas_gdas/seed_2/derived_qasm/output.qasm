// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
rz(pi*0.006077448963) q[0];
rz(pi*0.003394787223) q[1];
rz(pi*0.003862284323) q[2];
rz(pi*-0.000775441322) q[3];
rz(pi*0.001306690338) q[4];
rz(pi*-0.00086337734) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000743585783) q[0];
rz(pi*-0.003662288143) q[1];
rz(pi*-0.002460016545) q[2];
rz(pi*-0.001602132631) q[3];
rz(pi*0.000110899703) q[4];
rz(pi*0.003078802039) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00172744763) q[0];
rz(pi*-0.005659593167) q[1];
rz(pi*0.003230001202) q[2];
rz(pi*-0.004742176921) q[3];
rz(pi*0.001499652372) q[4];
rz(pi*-0.000640328234) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000179715239) q[0];
rz(pi*-0.001529985942) q[1];
rz(pi*-0.003342663453) q[2];
rz(pi*0.005051673722) q[3];
rz(pi*-0.007704921773) q[4];
rz(pi*-0.002826432478) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004096093794) q[0];
rz(pi*-9.0741622e-05) q[1];
rz(pi*-1.649363e-06) q[2];
rz(pi*-0.002739937204) q[3];
rz(pi*-0.003607515303) q[4];
rz(pi*0.001802455498) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
