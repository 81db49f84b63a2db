// DiffQAS-QLSTM derived circuit, input gate
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
rx(pi*-0.002149602086) q[0];
rx(pi*0.002102333264) q[1];
rx(pi*-0.006230952128) q[2];
rx(pi*-0.002391327639) q[3];
rx(pi*-0.001163953243) q[4];
rx(pi*-0.004282244315) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001225068836) q[0];
rx(pi*0.002504694402) q[1];
rx(pi*0.000935009393) q[2];
rx(pi*-0.003009034503) q[3];
rx(pi*0.001685341915) q[4];
rx(pi*0.004836014056) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001713844021) q[0];
rx(pi*0.000559370111) q[1];
rx(pi*0.006299335247) q[2];
rx(pi*0.001946985147) q[3];
rx(pi*0.002589017593) q[4];
rx(pi*-0.00063710383) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000202252733) q[0];
rx(pi*0.004023503468) q[1];
rx(pi*0.002085468567) q[2];
rx(pi*-0.000162617384) q[3];
rx(pi*-0.001481274746) q[4];
rx(pi*-0.005563181964) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002871582282) q[0];
rx(pi*-0.001834328677) q[1];
rx(pi*-0.000412151112) q[2];
rx(pi*0.002137266984) q[3];
rx(pi*0.00261008179) q[4];
rx(pi*0.002288651131) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
