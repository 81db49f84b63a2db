// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002710989831) q[0];
rz(pi*-0.003760779827) q[1];
rz(pi*0.000977362644) q[2];
rz(pi*0.001099193549) q[3];
rz(pi*0.001482669688) q[4];
rz(pi*-0.00420376473) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002370098172) q[0];
rz(pi*-0.001897733821) q[1];
rz(pi*0.002056633844) q[2];
rz(pi*-0.002838040539) q[3];
rz(pi*0.00387482027) q[4];
rz(pi*-0.003892954956) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004737636506) q[0];
rz(pi*-0.002403001956) q[1];
rz(pi*-0.002175737194) q[2];
rz(pi*-0.005703489584) q[3];
rz(pi*-0.003071091396) q[4];
rz(pi*0.001527408909) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002334387162) q[0];
rz(pi*0.001493604957) q[1];
rz(pi*-0.001547861235) q[2];
rz(pi*-0.006390302457) q[3];
rz(pi*-0.007787286622) q[4];
rz(pi*0.002240398838) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002538227251) q[0];
rz(pi*0.002497287915) q[1];
rz(pi*-0.001157352728) q[2];
rz(pi*-0.001087642777) q[3];
rz(pi*-0.001659251274) q[4];
rz(pi*0.001422313227) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
