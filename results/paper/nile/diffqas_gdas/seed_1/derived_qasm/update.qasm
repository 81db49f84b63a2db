// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.026319571899) q[0];
rx(pi*-0.013338395396) q[1];
rx(pi*-0.098433897324) q[2];
rx(pi*-0.000191121492) q[3];
rx(pi*-0.001153329098) q[4];
rx(pi*0.006157617122) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.196863582699) q[0];
rx(pi*-0.234829929137) q[1];
rx(pi*-0.101687922768) q[2];
rx(pi*0.007514273525) q[3];
rx(pi*0.002251497155) q[4];
rx(pi*0.003323342377) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.029097236708) q[0];
rx(pi*-0.017151214505) q[1];
rx(pi*-0.098180791384) q[2];
rx(pi*-0.000930513964) q[3];
rx(pi*0.004550946151) q[4];
rx(pi*0.001890255594) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.311543597228) q[0];
rx(pi*-0.225082926655) q[1];
rx(pi*-0.103552422116) q[2];
rx(pi*-0.001078063985) q[3];
rx(pi*0.00075359739) q[4];
rx(pi*0.001115140366) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.030585174446) q[0];
rx(pi*-0.011371711201) q[1];
rx(pi*-0.101195949934) q[2];
rx(pi*-9.9249278e-05) q[3];
rx(pi*0.002405666293) q[4];
rx(pi*-0.000829909709) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
