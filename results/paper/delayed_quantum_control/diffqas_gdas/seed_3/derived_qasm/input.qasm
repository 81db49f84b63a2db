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
ry(pi*-0.316916735344) q[0];
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
rx(pi*0.470801069048) q[0];
rx(pi*-0.17889623885) q[1];
rx(pi*0.281766287122) q[2];
rx(pi*8.0507325e-05) q[3];
rx(pi*0.185367596443) q[4];
rx(pi*0.00213146325) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.572489418703) q[0];
rx(pi*0.05396886305) q[1];
rx(pi*0.331669963873) q[2];
rx(pi*-0.024156102365) q[3];
rx(pi*0.184790635185) q[4];
rx(pi*0.002228809009) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.187035187129) q[0];
rx(pi*0.054450059363) q[1];
rx(pi*0.287019195885) q[2];
rx(pi*-0.002287864206) q[3];
rx(pi*0.189547918861) q[4];
rx(pi*0.002377350653) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.437687477151) q[0];
rx(pi*0.426833054359) q[1];
rx(pi*0.327578490833) q[2];
rx(pi*-0.021988401907) q[3];
rx(pi*0.185770862195) q[4];
rx(pi*0.001851859496) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.349521763689) q[0];
rx(pi*-0.369524579801) q[1];
rx(pi*0.27968594431) q[2];
rx(pi*-0.009704612621) q[3];
rx(pi*0.187273295112) q[4];
rx(pi*0.001563769735) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
