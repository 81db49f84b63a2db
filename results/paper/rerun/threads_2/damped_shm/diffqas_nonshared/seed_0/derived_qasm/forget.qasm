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
rz(pi*-0.136495314956) q[0];
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
rx(pi*0.038152758428) q[0];
rx(pi*0.107819525881) q[1];
rx(pi*-0.007729976473) q[2];
rx(pi*-0.049512771744) q[3];
rx(pi*-0.020631817245) q[4];
rx(pi*-0.00308423536) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.123607878116) q[0];
rx(pi*0.048741510578) q[1];
rx(pi*0.05391087759) q[2];
rx(pi*-0.038111158307) q[3];
rx(pi*-0.016958031617) q[4];
rx(pi*-0.001256043922) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.019015000004) q[0];
rx(pi*0.158274228144) q[1];
rx(pi*-0.010091306864) q[2];
rx(pi*-0.049112755075) q[3];
rx(pi*-0.015025019305) q[4];
rx(pi*0.002288515653) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.304569670521) q[0];
rx(pi*0.093015100342) q[1];
rx(pi*0.050055771783) q[2];
rx(pi*-0.04459248845) q[3];
rx(pi*-0.020876620237) q[4];
rx(pi*0.000390217764) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.107842947738) q[0];
rx(pi*0.089945812543) q[1];
rx(pi*-0.013846952783) q[2];
rx(pi*-0.050280447061) q[3];
rx(pi*-0.021224018362) q[4];
rx(pi*0.001169688275) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
