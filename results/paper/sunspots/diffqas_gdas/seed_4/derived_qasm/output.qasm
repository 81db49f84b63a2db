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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.022663781922) q[0];
ry(pi*-0.525031974203) q[1];
ry(pi*0.004554459073) q[2];
ry(pi*0.008173395674) q[3];
ry(pi*-0.032747194937) q[4];
ry(pi*-0.260158452446) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004496747532) q[0];
ry(pi*0.021902569197) q[1];
ry(pi*0.49069202184) q[2];
ry(pi*0.004663094655) q[3];
ry(pi*-0.034162113684) q[4];
ry(pi*0.500165759838) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.464554936943) q[0];
ry(pi*-1.9985122e-05) q[1];
ry(pi*0.075684372812) q[2];
ry(pi*-0.280958123961) q[3];
ry(pi*-0.045005648491) q[4];
ry(pi*-0.007332199773) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002887390138) q[0];
ry(pi*-0.505466024579) q[1];
ry(pi*0.008311423599) q[2];
ry(pi*-0.057839521766) q[3];
ry(pi*-0.407243578528) q[4];
ry(pi*0.355494764118) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000148246955) q[0];
ry(pi*-0.060448616083) q[1];
ry(pi*0.054383360669) q[2];
ry(pi*0.30164699463) q[3];
ry(pi*0.01299447047) q[4];
ry(pi*0.001867903622) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
