// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
ry(pi*0.388292915112) q[0];
ry(pi*-0.494087081204) q[1];
ry(pi*0.003124852455) q[2];
ry(pi*-4.2532338e-05) q[3];
ry(pi*0.048370835263) q[4];
ry(pi*0.002418198534) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.553305618163) q[0];
ry(pi*0.025510407926) q[1];
ry(pi*-0.00406826433) q[2];
ry(pi*-0.000652559875) q[3];
ry(pi*-7.5109671e-05) q[4];
ry(pi*-0.000142779246) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*3.4942597e-05) q[0];
ry(pi*-2.5146679e-05) q[1];
ry(pi*-1.002893e-05) q[2];
ry(pi*-2.830395e-06) q[3];
ry(pi*0.000388476495) q[4];
ry(pi*-0.002832487156) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-2.043077e-06) q[0];
ry(pi*5.6950051e-05) q[1];
ry(pi*-0.125304497106) q[2];
ry(pi*-0.00098064063) q[3];
ry(pi*3.3348891e-05) q[4];
ry(pi*-0.001153349849) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001541140732) q[0];
ry(pi*0.001629769847) q[1];
ry(pi*-0.002952669137) q[2];
ry(pi*6.8584213e-05) q[3];
ry(pi*-0.048205838762) q[4];
ry(pi*-0.000837077702) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
