// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.001341853361) q[0];
rx(pi*0.000755469763) q[1];
rx(pi*0.005674313055) q[2];
rx(pi*-0.004882695909) q[3];
rx(pi*-0.001612372727) q[4];
rx(pi*-0.000194819677) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000946950737) q[0];
rx(pi*0.001320532736) q[1];
rx(pi*-0.004756843745) q[2];
rx(pi*1.8829233e-05) q[3];
rx(pi*-0.002447415528) q[4];
rx(pi*-0.004380882741) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002306007638) q[0];
rx(pi*0.004203153452) q[1];
rx(pi*-0.000680493392) q[2];
rx(pi*0.004115068617) q[3];
rx(pi*-0.00055983109) q[4];
rx(pi*-0.00476699535) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.00212719201) q[0];
rx(pi*-0.00097995435) q[1];
rx(pi*-0.001549169317) q[2];
rx(pi*0.000193010096) q[3];
rx(pi*-0.000905749118) q[4];
rx(pi*-0.003199387191) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.000609857074) q[0];
rx(pi*-0.002555897401) q[1];
rx(pi*-0.00424327607) q[2];
rx(pi*0.004585929229) q[3];
rx(pi*0.000565231727) q[4];
rx(pi*0.003287933301) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
