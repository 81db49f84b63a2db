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
rx(pi*0.014054623737) q[0];
rx(pi*0.000615964446) q[1];
rx(pi*-0.002421277455) q[2];
rx(pi*0.002974399752) q[3];
rx(pi*0.004157366875) q[4];
rx(pi*0.001581018186) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.011140964644) q[0];
rx(pi*0.002068393835) q[1];
rx(pi*0.001029612331) q[2];
rx(pi*-0.001610948585) q[3];
rx(pi*-0.004087628094) q[4];
rx(pi*-0.000960898152) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.012648883056) q[0];
rx(pi*0.006485400391) q[1];
rx(pi*0.000450941636) q[2];
rx(pi*-0.001735573895) q[3];
rx(pi*-0.001830581559) q[4];
rx(pi*0.000945703724) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.019154876586) q[0];
rx(pi*-0.000495708464) q[1];
rx(pi*-0.00411167872) q[2];
rx(pi*-0.002464469805) q[3];
rx(pi*-0.004990390561) q[4];
rx(pi*-0.002232630388) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.022602952921) q[0];
rx(pi*-0.001850387774) q[1];
rx(pi*-0.002828683713) q[2];
rx(pi*0.000863969423) q[3];
rx(pi*0.00102972009) q[4];
rx(pi*-0.00923191847) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
