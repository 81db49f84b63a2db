// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.316916735344) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.041983949086) q[0];
rx(pi*-0.190011498978) q[1];
rx(pi*-0.090887496415) q[2];
rx(pi*-0.005946525146) q[3];
rx(pi*0.168355340713) q[4];
rx(pi*-0.388394191639) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.519915669223) q[0];
rx(pi*0.244682002696) q[1];
rx(pi*-0.032350204421) q[2];
rx(pi*0.200414901612) q[3];
rx(pi*-0.077150221529) q[4];
rx(pi*0.024305794972) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.25331558948) q[0];
rx(pi*-0.090211345633) q[1];
rx(pi*0.221880402735) q[2];
rx(pi*-0.155348194076) q[3];
rx(pi*-0.220623989437) q[4];
rx(pi*-0.345568564033) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.170124909918) q[0];
rx(pi*0.039568945977) q[1];
rx(pi*-0.272919788163) q[2];
rx(pi*-0.131244437523) q[3];
rx(pi*0.074103738972) q[4];
rx(pi*0.098988964031) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.118638811145) q[0];
rx(pi*-0.03993375397) q[1];
rx(pi*-0.026150422739) q[2];
rx(pi*-0.249081213704) q[3];
rx(pi*-0.232656562943) q[4];
rx(pi*0.002586863593) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
