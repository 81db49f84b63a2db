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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00334777898) q[0];
rx(pi*-0.009446897488) q[1];
rx(pi*-0.00485754605) q[2];
rx(pi*0.003279612565) q[3];
rx(pi*-0.002443342316) q[4];
rx(pi*-0.006051223289) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.005733505656) q[0];
rx(pi*0.00535075063) q[1];
rx(pi*-0.008170970719) q[2];
rx(pi*0.002645496498) q[3];
rx(pi*-0.003221461983) q[4];
rx(pi*0.007122721666) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.004887106184) q[0];
rx(pi*-0.001561744691) q[1];
rx(pi*0.038608284614) q[2];
rx(pi*0.060383264454) q[3];
rx(pi*0.028971992857) q[4];
rx(pi*0.056804895146) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.005591887731) q[0];
rx(pi*-0.004721265692) q[1];
rx(pi*-0.002548139029) q[2];
rx(pi*0.001601004494) q[3];
rx(pi*-0.001611411491) q[4];
rx(pi*0.006067571869) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002825890273) q[0];
rx(pi*0.002649022169) q[1];
rx(pi*0.00351024914) q[2];
rx(pi*0.001487883191) q[3];
rx(pi*0.000819318914) q[4];
rx(pi*-0.000659511016) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
