// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001473016265) q[0];
rz(pi*-0.00491822149) q[1];
rz(pi*-0.004531346709) q[2];
rz(pi*-0.003611013107) q[3];
rz(pi*-0.000631527621) q[4];
rz(pi*-0.004564712954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001426858089) q[0];
rz(pi*-0.002452209704) q[1];
rz(pi*-0.001992943812) q[2];
rz(pi*-0.003664277614) q[3];
rz(pi*0.00210228939) q[4];
rz(pi*0.000233597361) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00442798229) q[0];
rz(pi*0.005090435638) q[1];
rz(pi*0.001965748453) q[2];
rz(pi*-0.000327786863) q[3];
rz(pi*-0.000443356317) q[4];
rz(pi*0.002513101108) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001413251813) q[0];
rz(pi*-0.002908026559) q[1];
rz(pi*0.002574458677) q[2];
rz(pi*-0.000560446777) q[3];
rz(pi*0.005554659643) q[4];
rz(pi*0.000149362215) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003963376459) q[0];
rz(pi*0.000355195369) q[1];
rz(pi*0.002311607266) q[2];
rz(pi*0.001195095304) q[3];
rz(pi*0.002636608063) q[4];
rz(pi*-0.00186599864) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
