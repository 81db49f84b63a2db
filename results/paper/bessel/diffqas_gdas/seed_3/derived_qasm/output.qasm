// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.026303643375) q[0];
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
rx(pi*0.000467417615) q[0];
rx(pi*0.001548077791) q[1];
rx(pi*-0.008091444076) q[2];
rx(pi*-0.00387139895) q[3];
rx(pi*-0.152980461569) q[4];
rx(pi*0.006972075678) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-3.174725e-06) q[0];
rx(pi*0.000138998259) q[1];
rx(pi*-0.005334881705) q[2];
rx(pi*-0.000824975387) q[3];
rx(pi*-0.154526142864) q[4];
rx(pi*-0.002523096781) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-3.0990307e-05) q[0];
rx(pi*7.9976904e-05) q[1];
rx(pi*0.00414054961) q[2];
rx(pi*-0.000197965596) q[3];
rx(pi*-0.158834777975) q[4];
rx(pi*0.000361859954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-2.5846658e-05) q[0];
rx(pi*-0.00014781501) q[1];
rx(pi*0.005522816258) q[2];
rx(pi*0.000810310565) q[3];
rx(pi*-0.15536803957) q[4];
rx(pi*5.5989315e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000494137765) q[0];
rx(pi*-0.00158960958) q[1];
rx(pi*0.003683900771) q[2];
rx(pi*0.003535425087) q[3];
rx(pi*-0.15638334719) q[4];
rx(pi*-0.00062021286) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
