// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.004304272268) q[0];
rz(pi*0.00327882401) q[1];
rz(pi*-1.9847558e-05) q[2];
rz(pi*0.002362822272) q[3];
rz(pi*-0.003562999011) q[4];
rz(pi*-0.004965505134) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000189175729) q[0];
rz(pi*-0.000293271822) q[1];
rz(pi*6.3853218e-05) q[2];
rz(pi*0.00111143653) q[3];
rz(pi*-0.004779465189) q[4];
rz(pi*0.000563128272) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001054111706) q[0];
rz(pi*0.001221460086) q[1];
rz(pi*-0.000688320837) q[2];
rz(pi*0.0043873815) q[3];
rz(pi*0.004743564896) q[4];
rz(pi*0.002894507586) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003626570463) q[0];
rz(pi*-0.002805076576) q[1];
rz(pi*-0.001286241125) q[2];
rz(pi*0.004226189628) q[3];
rz(pi*0.000154072774) q[4];
rz(pi*-0.000865903309) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004551010776) q[0];
rz(pi*0.001256449909) q[1];
rz(pi*-0.002411928931) q[2];
rz(pi*0.0004861044) q[3];
rz(pi*0.003350757405) q[4];
rz(pi*-0.002767400553) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
