// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.030079318304) q[0];
ry(pi*-0.045014233659) q[1];
ry(pi*0.101700435295) q[2];
ry(pi*-0.058670423765) q[3];
ry(pi*0.052861044312) q[4];
ry(pi*0.019767389215) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.100257377592) q[0];
ry(pi*-0.063595782269) q[1];
ry(pi*0.065664418895) q[2];
ry(pi*-0.046356806947) q[3];
ry(pi*-0.092364429959) q[4];
ry(pi*0.003561249665) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.020240231591) q[0];
ry(pi*0.056354225983) q[1];
ry(pi*-0.01124619936) q[2];
ry(pi*-0.325102812877) q[3];
ry(pi*0.071751175176) q[4];
ry(pi*-0.014072759312) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.115269772905) q[0];
ry(pi*-0.556730844195) q[1];
ry(pi*0.402154746087) q[2];
ry(pi*0.015854855273) q[3];
ry(pi*0.031766994015) q[4];
ry(pi*0.003635098121) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000754429004) q[0];
ry(pi*0.258417930518) q[1];
ry(pi*-0.146537648475) q[2];
ry(pi*0.019314800248) q[3];
ry(pi*-0.332909415535) q[4];
ry(pi*-0.002145831994) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
