// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002948663516) q[0];
rz(pi*-0.002015551916) q[1];
rz(pi*0.002476432864) q[2];
rz(pi*0.001135759073) q[3];
rz(pi*-0.002182600438) q[4];
rz(pi*0.00350973569) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002467980356) q[0];
rz(pi*-0.009735142143) q[1];
rz(pi*0.002527605477) q[2];
rz(pi*-0.001964815973) q[3];
rz(pi*0.004730112922) q[4];
rz(pi*-0.002067906621) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003760387032) q[0];
rz(pi*0.004928875873) q[1];
rz(pi*-0.00342335277) q[2];
rz(pi*0.000647464655) q[3];
rz(pi*0.004614664345) q[4];
rz(pi*0.000364465816) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000256512512) q[0];
rz(pi*0.000325994568) q[1];
rz(pi*0.002670804069) q[2];
rz(pi*-0.00256823858) q[3];
rz(pi*0.00194378068) q[4];
rz(pi*0.001836896223) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.007425341142) q[0];
rz(pi*-0.001071125666) q[1];
rz(pi*-0.002912010243) q[2];
rz(pi*0.002341768599) q[3];
rz(pi*-0.0012641942) q[4];
rz(pi*0.000920288616) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
