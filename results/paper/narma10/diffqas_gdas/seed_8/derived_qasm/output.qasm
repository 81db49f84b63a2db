// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
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
ry(pi*-3.381317e-05) q[0];
ry(pi*-0.003396475205) q[1];
ry(pi*-0.001566586595) q[2];
ry(pi*0.000508994316) q[3];
ry(pi*-0.003978400207) q[4];
ry(pi*0.000212607999) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000205590806) q[0];
ry(pi*-0.00062758544) q[1];
ry(pi*-0.001969957439) q[2];
ry(pi*-0.001980889151) q[3];
ry(pi*0.002997069517) q[4];
ry(pi*-0.004907100199) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-7.2386517e-05) q[0];
ry(pi*-0.000871346116) q[1];
ry(pi*0.000457077356) q[2];
ry(pi*-0.000225644093) q[3];
ry(pi*-0.003525296901) q[4];
ry(pi*0.006471055215) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*2.3273755e-05) q[0];
ry(pi*-0.002761760607) q[1];
ry(pi*-0.002828744189) q[2];
ry(pi*0.000305091825) q[3];
ry(pi*0.001951142847) q[4];
ry(pi*-0.004272212178) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000179697749) q[0];
ry(pi*-0.002822643561) q[1];
ry(pi*-0.002515838223) q[2];
ry(pi*0.002715510681) q[3];
ry(pi*0.005414442144) q[4];
ry(pi*-0.000269633575) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
