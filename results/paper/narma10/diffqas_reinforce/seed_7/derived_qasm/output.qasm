// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
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
rz(pi*0.001705004055) q[0];
rz(pi*-0.005733844794) q[1];
rz(pi*-0.002393685892) q[2];
rz(pi*0.000800762307) q[3];
rz(pi*0.005337366542) q[4];
rz(pi*-0.002146481366) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00352173121) q[0];
rz(pi*0.00089245604) q[1];
rz(pi*0.00181933902) q[2];
rz(pi*0.00347082881) q[3];
rz(pi*-0.000935160064) q[4];
rz(pi*-0.001061701473) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00082451552) q[0];
rz(pi*0.001986665463) q[1];
rz(pi*-0.000683933982) q[2];
rz(pi*0.002566540223) q[3];
rz(pi*0.005628880439) q[4];
rz(pi*-4.1016533e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002654852435) q[0];
rz(pi*0.002501321403) q[1];
rz(pi*0.001971299464) q[2];
rz(pi*-0.000228122389) q[3];
rz(pi*-3.6820904e-05) q[4];
rz(pi*0.00113723539) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000391446731) q[0];
rz(pi*0.003322279903) q[1];
rz(pi*-0.002362671824) q[2];
rz(pi*0.00644978795) q[3];
rz(pi*-0.004000982224) q[4];
rz(pi*-0.003980780101) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
