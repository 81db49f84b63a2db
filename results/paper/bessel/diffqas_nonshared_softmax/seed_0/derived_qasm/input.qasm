// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
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
rz(pi*-0.003690034008) q[0];
rz(pi*0.002547976279) q[1];
rz(pi*-0.000405840191) q[2];
rz(pi*-0.000125871878) q[3];
rz(pi*0.000438162194) q[4];
rz(pi*-0.001737386089) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000594020648) q[0];
rz(pi*0.000979610099) q[1];
rz(pi*0.002551859467) q[2];
rz(pi*0.000397924887) q[3];
rz(pi*0.001014304807) q[4];
rz(pi*0.004227471474) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00287144888) q[0];
rz(pi*0.000223105839) q[1];
rz(pi*0.001522301831) q[2];
rz(pi*0.00329567181) q[3];
rz(pi*-0.000202457301) q[4];
rz(pi*0.000316087348) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00109815568) q[0];
rz(pi*0.003947848747) q[1];
rz(pi*-0.001022420474) q[2];
rz(pi*0.002181200456) q[3];
rz(pi*-0.000324587954) q[4];
rz(pi*9.7917415e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003893416527) q[0];
rz(pi*0.000180381231) q[1];
rz(pi*-9.4479911e-05) q[2];
rz(pi*-0.004722561768) q[3];
rz(pi*-0.002356817101) q[4];
rz(pi*-0.00144467676) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
