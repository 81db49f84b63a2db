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
rx(pi*-0.138235523653) q[0];
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
ry(pi*-0.191921106033) q[0];
ry(pi*0.184307740811) q[1];
ry(pi*0.15262220866) q[2];
ry(pi*0.028762194585) q[3];
ry(pi*-0.004977184343) q[4];
ry(pi*-5.7593e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.17157503497) q[0];
ry(pi*0.20323660454) q[1];
ry(pi*-0.070681055288) q[2];
ry(pi*0.090097679901) q[3];
ry(pi*-0.006126902022) q[4];
ry(pi*2.3678e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.157639902784) q[0];
ry(pi*0.204440709973) q[1];
ry(pi*0.287772319105) q[2];
ry(pi*0.236034964234) q[3];
ry(pi*0.122693050168) q[4];
ry(pi*-2.6725e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004654903764) q[0];
ry(pi*-0.066054825868) q[1];
ry(pi*-0.075995217567) q[2];
ry(pi*-0.131998480921) q[3];
ry(pi*0.113750890616) q[4];
ry(pi*2.75e-10) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.051275373207) q[0];
ry(pi*0.005328699554) q[1];
ry(pi*-0.017941095052) q[2];
ry(pi*-0.114685478681) q[3];
ry(pi*0.280243211855) q[4];
ry(pi*0.001564369748) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
