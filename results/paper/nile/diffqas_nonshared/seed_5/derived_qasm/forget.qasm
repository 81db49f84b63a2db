// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*-0.063383369021) q[0];
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
rz(pi*-0.000171495352) q[0];
rz(pi*0.00421813125) q[1];
rz(pi*0.001110968214) q[2];
rz(pi*0.002033841052) q[3];
rz(pi*-0.00047962895) q[4];
rz(pi*-0.004111999775) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002262688704) q[0];
rz(pi*0.002072967008) q[1];
rz(pi*0.000328561633) q[2];
rz(pi*-0.002877043469) q[3];
rz(pi*-0.005149876664) q[4];
rz(pi*0.000352301765) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001080763451) q[0];
rz(pi*-0.001115752904) q[1];
rz(pi*-0.00104866801) q[2];
rz(pi*0.000903711919) q[3];
rz(pi*0.000937265891) q[4];
rz(pi*0.003062542691) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002955269886) q[0];
rz(pi*0.004240211082) q[1];
rz(pi*0.00256673588) q[2];
rz(pi*-0.001068286424) q[3];
rz(pi*-0.000172750944) q[4];
rz(pi*0.001573155168) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000987687746) q[0];
rz(pi*0.001748927003) q[1];
rz(pi*0.003672045768) q[2];
rz(pi*-0.00255044659) q[3];
rz(pi*-0.005635311015) q[4];
rz(pi*0.003799519213) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
