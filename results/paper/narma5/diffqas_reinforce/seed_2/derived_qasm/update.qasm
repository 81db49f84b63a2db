// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003847820568) q[0];
ry(pi*0.003985229804) q[1];
ry(pi*0.051949418015) q[2];
ry(pi*-0.007849844514) q[3];
ry(pi*0.003422891791) q[4];
ry(pi*-0.023103558356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002671168108) q[0];
ry(pi*-0.330257139243) q[1];
ry(pi*-0.026069328472) q[2];
ry(pi*-0.467436024572) q[3];
ry(pi*0.001041217501) q[4];
ry(pi*0.003034033173) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004560009195) q[0];
ry(pi*0.033502998057) q[1];
ry(pi*0.095604899375) q[2];
ry(pi*-0.052904060274) q[3];
ry(pi*0.000517606165) q[4];
ry(pi*-0.035451100818) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004744132893) q[0];
ry(pi*0.144865855325) q[1];
ry(pi*0.020890022112) q[2];
ry(pi*0.074480566201) q[3];
ry(pi*0.31792870471) q[4];
ry(pi*0.017209376649) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.009634223727) q[0];
ry(pi*0.009685944623) q[1];
ry(pi*-0.000534034675) q[2];
ry(pi*-0.002349024786) q[3];
ry(pi*0.01738902604) q[4];
ry(pi*0.000605301762) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
