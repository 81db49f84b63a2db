// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
rz(pi*0.002696467971) q[0];
rz(pi*-2.7858682e-05) q[1];
rz(pi*0.003405221938) q[2];
rz(pi*0.002257661223) q[3];
rz(pi*0.000316621438) q[4];
rz(pi*0.000528423892) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003826305472) q[0];
rz(pi*-0.00049276628) q[1];
rz(pi*-0.000452888344) q[2];
rz(pi*0.000255248879) q[3];
rz(pi*0.002606131901) q[4];
rz(pi*0.002986316416) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006157690642) q[0];
rz(pi*-0.000187621224) q[1];
rz(pi*0.004101318118) q[2];
rz(pi*-0.001992090187) q[3];
rz(pi*0.002021322151) q[4];
rz(pi*0.000508237333) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005640193533) q[0];
rz(pi*0.002063729207) q[1];
rz(pi*-0.001296930045) q[2];
rz(pi*0.00197507267) q[3];
rz(pi*0.001240930202) q[4];
rz(pi*-0.000866593146) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000792766035) q[0];
rz(pi*-0.002857439581) q[1];
rz(pi*0.008926467904) q[2];
rz(pi*0.000582198773) q[3];
rz(pi*0.003255210944) q[4];
rz(pi*-0.003555496772) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
