// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.00352715119) q[0];
rx(pi*-0.000855919568) q[1];
rx(pi*-0.000722714426) q[2];
rx(pi*0.000529189213) q[3];
rx(pi*0.000864479464) q[4];
rx(pi*-0.000679355694) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003615987228) q[0];
rx(pi*-0.0068084298) q[1];
rx(pi*-4.93338e-07) q[2];
rx(pi*-0.002274403783) q[3];
rx(pi*0.00042198007) q[4];
rx(pi*0.000703022937) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.002907442554) q[0];
rx(pi*-0.002038923821) q[1];
rx(pi*0.002523306964) q[2];
rx(pi*0.001111954945) q[3];
rx(pi*-0.002164492581) q[4];
rx(pi*0.006494104732) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.007346903653) q[0];
rx(pi*-0.004654514823) q[1];
rx(pi*0.000960747112) q[2];
rx(pi*0.007986904236) q[3];
rx(pi*0.002495837389) q[4];
rx(pi*0.000704374004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000664476391) q[0];
rx(pi*-0.001722900989) q[1];
rx(pi*-0.000676874859) q[2];
rx(pi*-0.001753161335) q[3];
rx(pi*0.002370837813) q[4];
rx(pi*-0.001267367095) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
