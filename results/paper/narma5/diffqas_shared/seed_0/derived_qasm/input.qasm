// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.004364209846) q[0];
rz(pi*0.00237688004) q[1];
rz(pi*0.002258821673) q[2];
rz(pi*-0.000648443975) q[3];
rz(pi*-0.001417013457) q[4];
rz(pi*-0.002411447052) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002326958591) q[0];
rz(pi*-0.000972797548) q[1];
rz(pi*0.002668792957) q[2];
rz(pi*-0.001657132107) q[3];
rz(pi*0.000396617398) q[4];
rz(pi*0.006872069732) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000273589023) q[0];
rz(pi*-0.000426607272) q[1];
rz(pi*0.001999037473) q[2];
rz(pi*0.001457860004) q[3];
rz(pi*0.001969691228) q[4];
rz(pi*-0.004584927527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006276135134) q[0];
rz(pi*0.001708436344) q[1];
rz(pi*9.0025067e-05) q[2];
rz(pi*0.005594801234) q[3];
rz(pi*0.002757325431) q[4];
rz(pi*0.000622758802) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000549749001) q[0];
rz(pi*0.004183293135) q[1];
rz(pi*0.000838789919) q[2];
rz(pi*0.000724531734) q[3];
rz(pi*0.002291176581) q[4];
rz(pi*-0.000627971046) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
