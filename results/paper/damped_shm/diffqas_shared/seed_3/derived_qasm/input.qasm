// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.02091913105) q[0];
rz(pi*-0.026741497349) q[1];
rz(pi*-0.008332829602) q[2];
rz(pi*-0.004772801604) q[3];
rz(pi*0.002825204289) q[4];
rz(pi*-0.005761147171) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.026091709199) q[0];
rz(pi*-0.016935177756) q[1];
rz(pi*0.000253435314) q[2];
rz(pi*-0.005204717391) q[3];
rz(pi*0.000916449155) q[4];
rz(pi*0.010811927395) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.015765664386) q[0];
rz(pi*-0.028673572881) q[1];
rz(pi*-0.063661593987) q[2];
rz(pi*0.002069775584) q[3];
rz(pi*-0.004012197489) q[4];
rz(pi*-0.005324669031) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.010283335972) q[0];
rz(pi*-0.013301153078) q[1];
rz(pi*-0.006422575694) q[2];
rz(pi*-0.005335334087) q[3];
rz(pi*-0.002088921903) q[4];
rz(pi*0.006444655822) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.033224236218) q[0];
rz(pi*-0.035925540461) q[1];
rz(pi*-0.051457805663) q[2];
rz(pi*-0.000941287001) q[3];
rz(pi*-0.034750691006) q[4];
rz(pi*0.001564024385) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
